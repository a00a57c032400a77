namespace ChatBot.Core.Generation;

/// <summary>
/// What a model is sent: the fixed rules as the system message, and the question with its passages as data in the
/// user message. The two are never concatenated, so nothing in the data can become an instruction.
/// </summary>
public sealed record GenerationPrompt(string System, string User);
