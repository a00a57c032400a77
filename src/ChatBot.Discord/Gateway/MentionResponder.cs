using System.Text.Json;
using System.Text.RegularExpressions;

using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Answers a message that mentions the bot, or a DM, as a reply with the same rendering as /ask. The bot's own and
/// other bots' and webhooks' messages are ignored, and so are guild channels outside the allow-list (Core's
/// <see cref="IRequestGate.RefuseChannel"/>).
/// </summary>
public sealed partial class MentionResponder
{
    private const int DefaultMessage = 0;
    private const int ReplyMessage = 19;

    private readonly ICommandDispatcher dispatcher;
    private readonly DiscordRestClient rest;
    private readonly ReplyRunner runner;
    private readonly ILogger<MentionResponder> logger;
    private readonly IRequestGate gate;
    private readonly SemaphoreSlim concurrency;

    public MentionResponder(ICommandDispatcher dispatcher, DiscordRestClient rest, ReplyRunner runner, IRequestGate gate, IOptions<DiscordOptions> options, ILogger<MentionResponder> logger)
    {
        this.dispatcher = dispatcher;
        this.rest = rest;
        this.runner = runner;
        this.logger = logger;
        this.gate = gate;
        concurrency = new SemaphoreSlim(Math.Max(1, options.Value.Gateway.MaxConcurrentReplies));
    }

    /// <summary>Takes a MESSAGE_CREATE payload; answering happens in the background so the gateway keeps reading.</summary>
    public void Accept(JsonElement data, string botUserId)
    {
        GatewayMessage? message;
        try
        {
            message = data.Deserialize(DiscordJsonContext.Default.GatewayMessage);
        }
        catch (JsonException)
        {
            return;
        }

        if (message is null || ToRequest(message, botUserId) is not { } request)
        {
            return;
        }

        LogAnswering(message.ChannelId!, request.Options["question"].Length);
        runner.Defer(new ReplyJob(ChatPlatform.Discord, "mention", cancellationToken => DispatchAsync(request, cancellationToken)), (reply, cancellationToken) => ReplyAsync(message, reply, cancellationToken));
    }

    internal CommandRequest? ToRequest(GatewayMessage message, string botUserId)
    {
        if (message.Author is not { Id: { } authorId } author || author.Bot == true || authorId == botUserId || message.WebhookId is not null
            || message.Type is not (DefaultMessage or ReplyMessage) || message.Id is null || message.ChannelId is null)
        {
            return null;
        }

        var isDirect = message.GuildId is null;
        var mentioned = message.Mentions?.Any(u => u.Id == botUserId) == true || (message.Content ?? "").Contains($"<@{botUserId}>", StringComparison.Ordinal) || (message.Content ?? "").Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        // Outside the allow-list a mention is not answered at all: a message here cannot be private, and a public
        // refusal in a channel the bot is not enabled in is what the list is there to prevent.
        if (!isDirect && (!mentioned || gate.RefuseChannel(ChatPlatform.Discord, message.ChannelId, isDirectMessage: false) is not null))
        {
            return null;
        }

        var question = Regex.Replace(message.Content ?? "", $@"<@!?{botUserId}>", " ").Trim();
        var user = new ChatUser(authorId, message.Member?.Nick ?? author.DisplayName, MemberPermissions.None, message.Member?.Roles);
        return new CommandRequest(ChatPlatform.Discord, user, message.ChannelId, CommandNames.Ask, new Dictionary<string, string> { ["question"] = question }, message.GuildId)
        {
            IsDirectMessage = isDirect,
        };
    }

    // Mentions arrive as fast as people type: only so many are answered at once.
    private async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        await concurrency.WaitAsync(cancellationToken);
        try
        {
            return await dispatcher.DispatchAsync(request, cancellationToken);
        }
        finally
        {
            concurrency.Release();
        }
    }

    private Task ReplyAsync(GatewayMessage message, Reply reply, CancellationToken cancellationToken)
    {
        var rendered = reply.Form is null ? ReplyRenderer.Render(reply) : ReplyRenderer.Notice("That needs a form: please use the slash command instead.");
        var payload = rendered.ToPayload(withFlags: false) with
        {
            AllowedMentions = AllowedMentions.NoneOnReply,
            MessageReference = new MessageReference(message.Id!),
            Nonce = message.Id,
            EnforceNonce = true,
        };
        return rest.CreateMessageAsync(message.ChannelId!, payload, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answering a mention in channel {ChannelId} ({Length} characters)")]
    private partial void LogAnswering(string channelId, int length);
}
