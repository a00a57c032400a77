using ChatBot.Core.Conversations;

namespace ChatBot.Core.Storage.Copying;

/// <summary>The last question of one conversation.</summary>
public sealed record CopiedConversation(string Conversation, ConversationTurn Turn);
