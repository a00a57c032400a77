using Markdig.Helpers;
using Markdig.Parsers;

namespace ChatBot.Corpus.Limits;

/// <summary>
/// A Markdig inline parser that matches nothing: it checks the file's <see cref="ParseBudget"/> at every character
/// that starts a link, image, emphasis, code span or HTML, where pathological input makes Markdig super-linear.
/// </summary>
internal sealed class BudgetInlineParser : InlineParser
{
    public BudgetInlineParser() => OpeningCharacters = ['[', ']', '!', '*', '_', '`', '<', '\\', '&', '(', ')'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        MarkdownBudget.Of(processor.Context)?.Check();
        return false;
    }
}
