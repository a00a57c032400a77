namespace ChatBot.Core.Conversations;

/// <summary>The last question of a conversation (as it was read) and when it was asked.</summary>
public sealed record ConversationTurn(string Question, DateTimeOffset At);
