namespace ChatBot.Slack.Handling;

/// <summary>A command name ("ask", "timeline", "sources", "help") and its named options as text.</summary>
public sealed record ParsedCommand(string Command, IReadOnlyDictionary<string, string> Options);
