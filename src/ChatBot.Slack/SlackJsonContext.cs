using System.Text.Json.Serialization;

using ChatBot.Slack.BlockKit;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.WebApi;

namespace ChatBot.Slack;

/// <summary>Source-generated JSON for everything the adapter reads from or writes to Slack (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(ResponseUrlMessage))]
[JsonSerializable(typeof(ChatPostMessageRequest))]
[JsonSerializable(typeof(ChatPostEphemeralRequest))]
[JsonSerializable(typeof(ChatUpdateRequest))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsPublishRequest))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(UserGroupMembersResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(UploadUrlResponse))]
[JsonSerializable(typeof(CompleteUploadRequest))]
[JsonSerializable(typeof(ConversationOpenResponse))]
[JsonSerializable(typeof(SlashCommandPayload))]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(ModalMetadata))]
[JsonSerializable(typeof(SocketEnvelope))]
[JsonSerializable(typeof(SocketAck))]
[JsonSerializable(typeof(UrlVerificationResponse))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
