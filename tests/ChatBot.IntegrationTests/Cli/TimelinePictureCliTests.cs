using SkiaSharp;

namespace ChatBot.IntegrationTests.Cli;

public sealed class TimelinePictureCliTests
{
    [Fact]
    public async Task TimelinePicture_WritesAPng_AndSaysSo()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = await cli.RunAsync("timeline", "--picture", "out.png", "--corpus", CliRunner.Corpus);

        Assert.True(exit == 0, error);
        Assert.Matches(@"Picture: out\.png \(\d+ events, \d+ KB\)", output);
        using var bitmap = SKBitmap.Decode(Path.Combine(cli.WorkingDirectory, "out.png"));
        Assert.NotNull(bitmap);
        Assert.Equal(1200, bitmap.Width);
    }

    [Fact]
    public async Task TimelinePicture_WithNothingToDraw_FailsInOneLine_AndWritesNothing()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = await cli.RunAsync("timeline", "--from", "1800", "--to", "1801", "--picture", "none.png", "--corpus", CliRunner.Corpus);

        Assert.Equal(1, exit);
        Assert.Equal("error: no dated events match, so there is no picture to draw", CliRunner.WithoutIndexNotice(error).Trim());
        Assert.False(File.Exists(Path.Combine(cli.WorkingDirectory, "none.png")));
    }

    [Fact]
    public async Task TimelinePicture_IntoAMissingFolder_FailsInOneLine()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = await cli.RunAsync("timeline", "--picture", Path.Combine("no-such-folder", "out.png"), "--corpus", CliRunner.Corpus);

        Assert.Equal(1, exit);
        var shown = CliRunner.WithoutIndexNotice(error);
        Assert.Single(shown.Trim().Split('\n'));
        Assert.StartsWith("error: ", shown, StringComparison.Ordinal);
    }
}
