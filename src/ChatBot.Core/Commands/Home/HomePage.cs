using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands.Home;

/// <summary>
/// A person's home in the bot (Slack's App Home): what the bot does, its commands in the platform's syntax, the
/// person's own recent questions (newest first) and the workspace's quiz leaderboard. Plain text; adapters render it.
/// </summary>
public sealed record HomePage(string Intro, string Commands, IReadOnlyList<AskedQuestion> RecentQuestions, IReadOnlyList<QuizScore> Leaderboard, string Footer);
