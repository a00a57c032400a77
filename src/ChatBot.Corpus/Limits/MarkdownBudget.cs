using Markdig;

namespace ChatBot.Corpus.Limits;

/// <summary>Carries a file's <see cref="ParseBudget"/> to the budget parsers through Markdig's parser context.</summary>
internal static class MarkdownBudget
{
    public static MarkdownPipeline Pipeline(MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.Insert(0, new BudgetBlockParser());
        builder.InlineParsers.Insert(0, new BudgetInlineParser());
        return builder.Build();
    }

    public static MarkdownParserContext Context(ParseBudget budget)
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(ParseBudget)] = budget;
        return context;
    }

    public static ParseBudget? Of(MarkdownParserContext? context) =>
        context?.Properties.TryGetValue(typeof(ParseBudget), out var budget) == true ? budget as ParseBudget : null;
}
