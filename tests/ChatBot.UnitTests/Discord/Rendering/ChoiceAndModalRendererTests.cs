using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;

namespace ChatBot.UnitTests.Discord.Rendering;

public sealed class ChoiceAndModalRendererTests
{
    [Fact]
    public void Choices_AreCappedAt25_NamesClipped_OverlongValuesSkipped()
    {
        var choices = Enumerable.Range(0, 40).Select(n => new AutocompleteChoice($"@everyone topic {n} " + new string('n', 200), $"topic-{n}")).ToList();
        choices.Insert(0, new AutocompleteChoice("too long", new string('v', 101)));

        var rendered = ChoiceRenderer.Render(choices);

        Assert.Equal(25, rendered.Count);
        Assert.All(rendered, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.Equal("topic-0", rendered[0].Value.GetString());
        Assert.StartsWith("@\u200Beveryone", rendered[0].Name);
    }

    [Fact]
    public void Form_IsAModalWithOneTextInputPerRow()
    {
        var form = new ReplyForm("fc:create", "Create a fact card with a title longer than Discord allows", [
            new FormField("slug", "Slug"),
            new FormField("body", "Text", Multiline: true, MaxLength: 9000, Value: "draft"),
        ]);

        var modal = ModalRenderer.Render(form);

        Assert.Equal("fc:create", modal.CustomId);
        Assert.True(modal.Title!.Length <= 45);
        Assert.Equal(2, modal.Components!.Count);
        var body = Assert.Single(modal.Components[1].Components!);
        Assert.Equal((4, "body", 2, 4000, "draft"), (body.Type, body.CustomId, body.Style, body.MaxLength, body.Value));
    }
}
