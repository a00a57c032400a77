namespace ChatBot.Host.Cli;

/// <summary>The command line was used wrongly; the message says how to use it. Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
