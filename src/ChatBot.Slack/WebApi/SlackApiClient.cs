using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

using ChatBot.Slack.Configuration;

using Microsoft.Extensions.Options;

namespace ChatBot.Slack.WebApi;

/// <summary>
/// Slack's Web API and response_url through one typed HttpClient whose resilience handler retries 5xx and 429
/// (honouring Retry-After). Tokens go in the Authorization header of each API call only, never to a response_url.
/// </summary>
public sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options)
{
    private SlackOptions Options => options.Value;

    public Task<SlackApiResponse> PostMessageAsync(ChatPostMessageRequest request, CancellationToken cancellationToken = default) =>
        PostJsonAsync("chat.postMessage", request, SlackJsonContext.Default.ChatPostMessageRequest, SlackJsonContext.Default.SlackApiResponse, cancellationToken);

    /// <summary>chat.update: replaces the text and blocks of a message the bot posted (by its ts).</summary>
    public Task<SlackApiResponse> UpdateMessageAsync(ChatUpdateRequest request, CancellationToken cancellationToken = default) =>
        PostJsonAsync("chat.update", request, SlackJsonContext.Default.ChatUpdateRequest, SlackJsonContext.Default.SlackApiResponse, cancellationToken);

    public Task<SlackApiResponse> PostEphemeralAsync(ChatPostEphemeralRequest request, CancellationToken cancellationToken = default) =>
        PostJsonAsync("chat.postEphemeral", request, SlackJsonContext.Default.ChatPostEphemeralRequest, SlackJsonContext.Default.SlackApiResponse, cancellationToken);

    public Task<SlackApiResponse> OpenViewAsync(ViewsOpenRequest request, CancellationToken cancellationToken = default) =>
        PostJsonAsync("views.open", request, SlackJsonContext.Default.ViewsOpenRequest, SlackJsonContext.Default.SlackApiResponse, cancellationToken);

    /// <summary>views.publish: a person's App Home tab.</summary>
    public Task<SlackApiResponse> PublishViewAsync(ViewsPublishRequest request, CancellationToken cancellationToken = default) =>
        PostJsonAsync("views.publish", request, SlackJsonContext.Default.ViewsPublishRequest, SlackJsonContext.Default.SlackApiResponse, cancellationToken);

    public Task<AuthTestResponse> AuthTestAsync(CancellationToken cancellationToken = default) =>
        PostFormAsync("auth.test", [], Options.BotToken, SlackJsonContext.Default.AuthTestResponse, cancellationToken);

    public Task<UserGroupMembersResponse> ListUserGroupMembersAsync(string userGroupId, CancellationToken cancellationToken = default) =>
        PostFormAsync("usergroups.users.list", [new("usergroup", userGroupId)], Options.BotToken, SlackJsonContext.Default.UserGroupMembersResponse, cancellationToken);

    /// <summary>apps.connections.open with the app-level token: a fresh Socket Mode URL.</summary>
    public Task<ConnectionsOpenResponse> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        PostFormAsync("apps.connections.open", [], Options.AppToken, SlackJsonContext.Default.ConnectionsOpenResponse, cancellationToken);

    /// <summary>files.getUploadURLExternal: the first of the three steps of a file upload.</summary>
    public Task<UploadUrlResponse> GetUploadUrlAsync(string fileName, int length, string? altText, CancellationToken cancellationToken = default) =>
        PostFormAsync("files.getUploadURLExternal", [new("filename", fileName), new("length", length.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("alt_txt", altText ?? "")], Options.BotToken, SlackJsonContext.Default.UploadUrlResponse, cancellationToken);

    /// <summary>Sends a file's bytes to the URL files.getUploadURLExternal gave: only a Slack host (or the configured API host), and no token.</summary>
    public async Task UploadFileAsync(string uploadUrl, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        if (!ResponseUrlPolicy.IsAllowed(uploadUrl, Options.ApiBaseUrl, out var uri))
        {
            throw new SlackApiException("file upload", "untrusted_upload_url");
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await http.PostAsync(uri, body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("file upload", $"http_{(int)response.StatusCode}");
        }
    }

    /// <summary>files.completeUploadExternal: finishes the upload and shares the file in a conversation.</summary>
    public Task<SlackApiResponse> CompleteUploadAsync(CompleteUploadRequest request, CancellationToken cancellationToken = default) =>
        PostJsonAsync("files.completeUploadExternal", request, SlackJsonContext.Default.CompleteUploadRequest, SlackJsonContext.Default.SlackApiResponse, cancellationToken);

    /// <summary>conversations.open with one user: the bot's direct-message conversation with them.</summary>
    public Task<ConversationOpenResponse> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken = default) =>
        PostFormAsync("conversations.open", [new("users", userId)], Options.BotToken, SlackJsonContext.Default.ConversationOpenResponse, cancellationToken);

    /// <summary>Posts to a response_url from a signed payload; refuses any URL that is not Slack's (or the configured API host).</summary>
    public async Task PostToResponseUrlAsync(string responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken = default)
    {
        if (!ResponseUrlPolicy.IsAllowed(responseUrl, Options.ApiBaseUrl, out var uri))
        {
            throw new SlackApiException("response_url", "untrusted_response_url");
        }

        using var content = JsonContent.Create(message, SlackJsonContext.Default.ResponseUrlMessage);
        using var response = await http.PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
        }
    }

    private async Task<TResponse> PostJsonAsync<TRequest, TResponse>(string method, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : ISlackApiResult
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = JsonContent.Create(body, requestType) };
        return await SendAsync(method, request, Options.BotToken, responseType, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TResponse> PostFormAsync<TResponse>(string method, KeyValuePair<string, string>[] fields, string? token, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : ISlackApiResult
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(method, request, token, responseType, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TResponse> SendAsync<TResponse>(string method, HttpRequestMessage request, string? token, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : ISlackApiResult
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? "");
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }

        var result = await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false);
        return result is { Ok: true } ? result : throw new SlackApiException(method, result?.Error ?? "empty_response");
    }
}
