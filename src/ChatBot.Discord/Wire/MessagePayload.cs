using System.Text.Json.Serialization;

using ChatBot.Core.Commands;

namespace ChatBot.Discord.Wire;

/// <summary>A message sent or edited over REST (webhook follow-ups and edits, channel messages).</summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public int? Flags { get; init; }
    public MessageReference? MessageReference { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>, Discord returns the earlier message instead of creating a second one.</summary>
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }

    /// <summary>The files uploaded with the message, each listed by the index of its files[n] part.</summary>
    public IReadOnlyList<AttachmentPayload>? Attachments { get; init; }

    /// <summary>Not JSON: the bytes of <see cref="Attachments"/>, sent as multipart/form-data parts beside payload_json.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReplyAttachment>? Files { get; init; }
}
