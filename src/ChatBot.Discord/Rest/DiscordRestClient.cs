using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Rest;

/// <summary>
/// The Discord REST calls the adapter makes. Retries and rate limits live in the handlers behind
/// <see cref="HttpClient"/>; failures surface as <see cref="DiscordRestException"/>.
/// </summary>
public sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options)
{
    public Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.EditOriginal(applicationId, interactionToken), Body(message), bot: false, retrySafe: true, cancellationToken);

    /// <summary>Not repeated on a 5xx: Discord has no idempotency key for webhook messages, and a duplicate answer is worse than a logged failure.</summary>
    public Task CreateFollowUpAsync(string applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.CreateFollowUp(applicationId, interactionToken), Body(message), bot: false, retrySafe: false, cancellationToken);

    /// <summary>Retried on a 5xx only when the message carries an enforced nonce, so Discord drops a repeat. Returns the new message's id when Discord gave one.</summary>
    public async Task<string?> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken = default)
    {
        using var response = await SendForResponseAsync(DiscordRoute.CreateMessage(channelId), Body(message), bot: true, retrySafe: message is { Nonce: not null, EnforceNonce: true }, cancellationToken);
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>PATCH of a channel message the bot posted; the same payload replaces its content, embeds and buttons.</summary>
    public Task EditMessageAsync(string channelId, string messageId, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoute.EditMessage(channelId, messageId), Body(message), bot: true, retrySafe: true, cancellationToken);

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken = default)
    {
        using var response = await SendForResponseAsync(DiscordRoute.Commands(HttpMethod.Get, applicationId, guildId), null, bot: true, retrySafe: true, cancellationToken);
        return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.ListApplicationCommand, cancellationToken) ?? [];
    }

    /// <summary>PUT replaces every command of the scope with <paramref name="commands"/>.</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default)
    {
        var content = Json(JsonSerializer.SerializeToUtf8Bytes([.. commands], DiscordJsonContext.Default.ListApplicationCommand));
        using var response = await SendForResponseAsync(DiscordRoute.Commands(HttpMethod.Put, applicationId, guildId), content, bot: true, retrySafe: true, cancellationToken);
        return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.ListApplicationCommand, cancellationToken) ?? [];
    }

    public async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendForResponseAsync(DiscordRoute.GatewayBot, null, bot: true, retrySafe: true, cancellationToken);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return new Uri(document.RootElement.GetProperty("url").GetString() ?? throw new DiscordRestException(response.StatusCode, DiscordRoute.GatewayBot.ToString(), "no url"));
    }

    // Bytes with a Content-Length rather than a chunked stream; also safe to send again on a retry.
    private static ByteArrayContent Body(MessagePayload message) =>
        message.Files is { Count: > 0 } ? MultipartMessage.Create(message) : Json(JsonSerializer.SerializeToUtf8Bytes(message, DiscordJsonContext.Default.MessagePayload));

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private async Task SendAsync(DiscordRoute route, HttpContent? content, bool bot, bool retrySafe, CancellationToken cancellationToken)
    {
        using var response = await SendForResponseAsync(route, content, bot, retrySafe, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendForResponseAsync(DiscordRoute route, HttpContent? content, bool bot, bool retrySafe, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, route.Path) { Content = content };
        request.Options.Set(DiscordRequestOptions.Route, route);
        request.Options.Set(DiscordRequestOptions.RetrySafe, retrySafe);
        request.Options.Set(DiscordRequestOptions.BotAuthenticated, bot);
        if (bot)
        {
            var token = options.Value.BotToken;
            if (string.IsNullOrWhiteSpace(token))
            {
                throw new InvalidOperationException($"{DiscordOptions.SectionName}:BotToken is required for {route}");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token.Trim());
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var detail = await ErrorDetailAsync(response, cancellationToken);
            throw new DiscordRestException(response.StatusCode, route.ToString(), detail);
        }
    }

    private static async Task<string?> ErrorDetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            var root = document.RootElement;
            var code = root.TryGetProperty("code", out var c) ? c.GetRawText() : null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            return code is null ? message : $"{code} {message}";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
