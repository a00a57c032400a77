using ChatBot.Core.Answers;

namespace ChatBot.Core.Storage.Copying;

/// <summary>An archived answer under its id (<see cref="AnswerIds.For"/>) and when it was archived.</summary>
public sealed record CopiedAnswer(string Id, DateTimeOffset At, AnswerResult Answer);
