namespace ChatBot.Host.Cli;

/// <summary>A verb could not do its job; the message says why in one line. Exit code 1.</summary>
internal sealed class CommandFailedException(string message) : Exception(message);
