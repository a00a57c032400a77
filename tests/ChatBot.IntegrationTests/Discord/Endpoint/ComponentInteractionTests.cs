using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

public sealed class ComponentInteractionTests : IAsyncLifetime
{
    private DiscordTestHost host = null!;

    public async Task InitializeAsync() => host = await DiscordTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("quotes:k1")]
    [InlineData("tl:k1")]
    [InlineData("fb:up:k1")]
    [InlineData("fb:down:k1")]
    [InlineData("tlpage:k1:2")]
    [InlineData("quiz:answer:q3:b")]
    [InlineData("fc:publish:return-2002")]
    public async Task EachButton_ReachesTheCommandLayerVerbatim(string actionId)
    {
        await host.RespondAsync(Payloads.Button(actionId));

        var request = Assert.Single(host.Dispatcher.Components);
        Assert.Equal((actionId, Payloads.MessageId, Payloads.ChannelId, Payloads.UserId), (request.ActionId, request.MessageId, request.ChannelId, request.User.Id));
    }

    [Fact]
    public async Task ReplyThatReplacesTheOriginal_UpdatesTheMessage()
    {
        var response = await host.RespondAsync(Payloads.Button("quotes:k1"));

        Assert.Equal(7, (int)response["type"]!);
        Assert.Null(response["data"]!["flags"]);
        Assert.NotNull(response["data"]!["embeds"]);
    }

    [Fact]
    public async Task OtherReplies_AreNewMessages_WithTheirVisibility()
    {
        host.Dispatcher.OnComponent = (_, _) => Task.FromResult(Reply.Info("Thanks for the feedback."));

        var response = await host.RespondAsync(Payloads.Button("fb:up:k1"));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Equal(64, (int)response["data"]!["flags"]!);
        Assert.Equal("Thanks for the feedback.", (string)response["data"]!["content"]!);
    }

    [Fact]
    public async Task ButtonReplyWithAForm_OpensAModal()
    {
        host.Dispatcher.OnComponent = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.FactCard, Form = new ReplyForm("fc:edit:slug", "Edit", [new FormField("body", "Text", Multiline: true)]) });

        var response = await host.RespondAsync(Payloads.Button("fc:edit:slug"));

        Assert.Equal(9, (int)response["type"]!);
    }

    [Fact]
    public async Task ModalSubmit_CarriesTheFieldValues()
    {
        var values = new Dictionary<string, string> { ["title"] = "The 2002 return", ["body"] = "Five abductees returned [1]." };

        var response = await host.RespondAsync(Payloads.ModalSubmit("fc:create", values));

        var request = Assert.Single(host.Dispatcher.Components);
        Assert.Equal("fc:create", request.ActionId);
        Assert.Equal(values, request.FormValues);
        Assert.Equal(4, (int)response["type"]!); // no message to replace: a modal opened from a slash command
    }

    [Fact]
    public async Task ModalSubmit_ThatAsksForAnotherForm_GetsANotice()
    {
        host.Dispatcher.OnComponent = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.FactCard, Form = new ReplyForm("again", "Again", [new FormField("x", "X")]) });

        var response = await host.RespondAsync(Payloads.ModalSubmit("fc:create", new Dictionary<string, string> { ["x"] = "y" }));

        Assert.Equal(4, (int)response["type"]!);
        Assert.Contains("can't be opened from a form", (string)response["data"]!["content"]!, StringComparison.Ordinal);
    }
}
