using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>A question someone asked, as it was read (mentions removed), with what became of it.</summary>
public sealed record AskedQuestion(ChatPlatform Platform, string? WorkspaceId, string UserId, string Question, AnswerStatus Status, DateTimeOffset At);
