using Markdig.Parsers;

namespace ChatBot.Corpus.Limits;

/// <summary>A Markdig block parser that opens nothing: it checks the file's <see cref="ParseBudget"/> as lines are read.</summary>
internal sealed class BudgetBlockParser : BlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        MarkdownBudget.Of(processor.Context)?.Check();
        return BlockState.None;
    }
}
