namespace ChatBot.Core.Quiz;

/// <summary>
/// Something a sentence states that a question can blank out: its text as printed (<see cref="Surface"/>), the
/// label choices show (dates and numbers in one house style, so the right one never stands out), the pool its
/// distractors come from ("date:day", "number:int", "person", …) and a key that says when two are the same.
/// </summary>
public sealed record ClozeAnswer(QuizKind Kind, string Pool, string Surface, string Label, string Key);
