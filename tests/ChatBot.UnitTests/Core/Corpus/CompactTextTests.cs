using ChatBot.Core.Corpus;

namespace ChatBot.UnitTests.Corpus;

public sealed class CompactTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII. Two sentences.")]
    [InlineData("Fiancé, naïveté, Straße, Å and \u00FF at the top of Latin-1; a\u0000nul and \u0080 controls.")]
    public void TextThatFitsLatin1_IsKeptOneByteACharacter_AndComesBackExactly(string text)
    {
        var compact = CompactText.Of(text);

        Assert.NotNull(compact.Narrow);
        Assert.Equal(text.Length, compact.Narrow.Length);
        Assert.Same(text, compact.Value); // the string it was made from, not widened again
        Assert.Equal(text.Length, compact.Length);
        for (var start = 0; start < text.Length; start += 7)
        {
            var length = Math.Min(11, text.Length - start);
            Assert.Equal(text.Substring(start, length), compact.Slice(start, length));
        }
    }

    [Theory]
    [InlineData("Tōkyō")]
    [InlineData("東京 and Tokyo")]
    [InlineData("a surrogate pair 😀 at the end")]
    [InlineData("an em dash — and a curly ’ apostrophe")]
    public void OtherText_IsKeptAsItsString(string text)
    {
        var compact = CompactText.Of(text);

        Assert.Null(compact.Narrow);
        Assert.Same(text, compact.Value);
        Assert.Equal(text[2..5], compact.Slice(2, 3));
    }

    [Fact]
    public void Value_IsTheSameString_WhileCached_AndEqualAfterManyOthersTookItsPlace()
    {
        var compact = CompactText.Of("kept narrow, widened on demand");
        var first = compact.Value;
        Assert.Same(first, compact.Value);

        var others = Enumerable.Range(0, 1000).Select(i => CompactText.Of($"other text {i}")).ToList();
        others.ForEach(o => _ = o.Value);

        Assert.Equal(first, compact.Value);
        Assert.All(others.Select((o, i) => (o, i)), x => Assert.Equal($"other text {x.i}", x.o.Value));
    }

    [Fact]
    public void Equality_IsByContent()
    {
        Assert.Equal(CompactText.Of("same é"), CompactText.OfLatin1([.. "same é".Select(c => (byte)c)]));
        Assert.NotEqual(CompactText.Of("same é"), CompactText.Of("same e"));
        Assert.Equal(CompactText.Of("東京"), CompactText.Of(new string("東京".ToCharArray())));
    }

    [Fact]
    public void AnArticle_KeepsItsTextCompact_AndGivesItBackVerbatim()
    {
        var article = new Article { Id = "a", Title = "A", Text = "Café society. Second sentence.", Blocks = [] };

        Assert.NotNull(article.Content.Narrow);
        Assert.Equal("Café society. Second sentence.", article.Text);
        Assert.Equal("society", article.BlockText(new TextBlock(0, BlockKind.Paragraph, 5, 7)));
        Assert.Equal(article, article with { Text = "Café society. Second sentence." });
        Assert.NotEqual(article, article with { Text = "Cafe society. Second sentence." });
    }

    [Theory]
    [InlineData("Fiancé and naïveté, in 2002.", "naïveté", true)]
    [InlineData("Fiancé and naïveté, in 2002.", "Fiancé and naïveté, in 2002.", true)]
    [InlineData("Fiancé and naïveté, in 2002.", "", true)]
    [InlineData("Fiancé and naïveté, in 2002.", "naivete", false)]
    [InlineData("Fiancé and naïveté, in 2002.", "in 2002.!", false)]
    [InlineData("Fiancé and naïveté, in 2002.", "Tōkyō", false)]
    [InlineData("Tōkyō and Tokyo", "Tōkyō", true)]
    [InlineData("Tōkyō and Tokyo", "Tokyo ", false)]
    public void Contains_AnswersAsTheStringWould_WithoutWideningNarrowText(string text, string value, bool expected)
    {
        var compact = CompactText.Of(text);

        Assert.Equal(expected, compact.Contains(value));
        Assert.Equal(text.Contains(value, StringComparison.Ordinal), compact.Contains(value));
        Assert.True(CompactText.OfLatin1(System.Text.Encoding.Latin1.GetBytes("Fiancé and naïveté")).Contains("é and n"));
    }

    [Theory]
    [InlineData("Fiancé, naïveté, Straße, Å and \u00FF at the top of Latin-1; a\u0000nul and \u0080 controls.")]
    [InlineData("東京 and Pyongyang, “quoted” — dashes and 😀 surrogates.")]
    public void CopyTo_GivesTheCharactersSliceWould_ForEveryRange(string text)
    {
        var compact = CompactText.Of(text);
        var buffer = new char[text.Length + 2];
        for (var start = 0; start <= text.Length; start++)
        {
            for (var length = 0; start + length <= text.Length; length++)
            {
                buffer.AsSpan().Fill('#');

                compact.CopyTo(start, length, buffer);

                Assert.Equal(compact.Slice(start, length), new string(buffer, 0, length));
                Assert.Equal('#', buffer[length]);
            }
        }
    }
}
