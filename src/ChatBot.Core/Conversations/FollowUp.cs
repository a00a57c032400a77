namespace ChatBot.Core.Conversations;

/// <summary>A question read with the previous one of its conversation: what was asked, and what it was read as.</summary>
public sealed record FollowUp(string Asked, string Previous, string ReadAs);
