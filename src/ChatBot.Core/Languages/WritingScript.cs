namespace ChatBot.Core.Languages;

/// <summary>The writing systems the language identifier tells apart; Kana is Japanese's own syllabaries.</summary>
public enum WritingScript
{
    Other = 0,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Tamil,
    Thai,
    Georgian,
    Hangul,
    Kana,
    Han,
}
