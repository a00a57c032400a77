using ChatBot.Corpus.Limits;

namespace ChatBot.UnitTests.Corpus.Limits;

public sealed class HtmlNestingTests
{
    [Fact]
    public void AMessyButOrdinaryPage_IsNotOverCounted()
    {
        // Unclosed p, li, td, tr, option and a elements are closed by their next sibling, as the parser does.
        var page = "<!DOCTYPE html><html><head><title>T</title></head><body><div class=\"main\">"
            + string.Concat(Enumerable.Repeat("<p>Paragraph <a href=x>link <b>bold</b>", 200))
            + "<ul>" + string.Concat(Enumerable.Repeat("<li>item", 200)) + "</ul>"
            + "<table>" + string.Concat(Enumerable.Repeat("<tr><td>a<td>b", 200)) + "</table>"
            + "<select>" + string.Concat(Enumerable.Repeat("<option>o", 50)) + "</select>"
            + "<h2>One<h3>Two</h3><div><span>unclosed span</div>"
            + "</div></body></html>";

        Assert.InRange(HtmlNesting.Deepest(page, 64), 1, 6);
    }

    [Fact]
    public void ScriptsCommentsAndQuotedAttributes_AreNotMarkup()
    {
        var tags = string.Concat(Enumerable.Repeat("<div>", 500));
        var page = $"<html><body><script>var t = '{tags}';</script><style>/* {tags} */</style><!-- {tags} -->"
            + $"<p title=\"{tags.Replace('<', '&')} > still an attribute\" data-x='>{tags}'>text</p></body></html>";

        Assert.Equal(1, HtmlNesting.Deepest(page, 64));
    }

    [Fact]
    public void DeepNesting_StopsCountingJustPastTheLimit()
    {
        var page = string.Concat(Enumerable.Repeat("<section><div>", 100_000));

        Assert.Equal(11, HtmlNesting.Deepest(page, 10));
    }

    [Fact]
    public void EndTags_CloseEverythingOpenedInside()
    {
        var page = string.Concat(Enumerable.Repeat("<div><span><em><font>text</div>", 1_000));

        Assert.Equal(4, HtmlNesting.Deepest(page, 64));
    }
}
