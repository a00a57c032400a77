using ChatBot.Core.Languages;

namespace ChatBot.Core.Answers;

/// <summary>The note, in English, to a reader whose question is in another language: the articles are in English.</summary>
public static class LanguageNotes
{
    /// <param name="searchedNames">The names the answer was found by when the whole question found nothing, if so.</param>
    public static string For(DetectedLanguage language, string? searchedNames = null) =>
        $"It looks like your question is in {language.Name}. The indexed articles are in English, so answers and their quotes are in English, and questions asked in English find the most."
        + (searchedNames is null ? "" : $" This answer was found by the names I could match: {searchedNames}.");
}
