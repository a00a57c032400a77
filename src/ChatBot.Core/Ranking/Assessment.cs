namespace ChatBot.Core.Ranking;

/// <summary>The answerability model's verdict on an answer: the features it read and the probability that the answer is right.</summary>
public sealed record Assessment(float[] Features, float Probability);
