namespace ChatBot.Core.Corpus;

/// <summary>How much of a date is known: "2002", "2002-09" or "2002-09-17".</summary>
public enum DatePrecision
{
    Year = 1,
    Month = 2,
    Day = 3,
}
