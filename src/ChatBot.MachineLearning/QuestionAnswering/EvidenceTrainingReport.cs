using ChatBot.Core.Ranking;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>The trained models (with what they were trained on and their held-out numbers) and the lines to print.</summary>
public sealed record EvidenceTrainingReport(EvidenceModelSet Models, IReadOnlyList<string> Lines);
