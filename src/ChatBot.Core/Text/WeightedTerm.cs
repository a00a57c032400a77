namespace ChatBot.Core.Text;

/// <summary>An index term with how strongly it stands for what the user asked (1 = exactly it).</summary>
public readonly record struct WeightedTerm(string Term, float Weight);
