using System.Text;
using ChatBot.Core.Ranking;

namespace ChatBot.UnitTests.Ranking;

public sealed class EvidenceModelFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-models-").FullName;

    [Fact]
    public void BuiltInModels_Load_WithBothLayouts_AndAThresholdChosenOnTuneArticles()
    {
        Assert.Null(EvidenceModelFile.EmbeddedProblem);
        var models = EvidenceModelFile.Embedded;

        Assert.Equal("built-in", models.Source);
        Assert.NotNull(models.Lexical.Passage);
        Assert.NotNull(models.Lexical.Sentence);
        Assert.NotNull(models.Lexical.Answerability);
        Assert.NotNull(models.Dense?.Passage);
        Assert.Equal(PassageFeatures.NamesFor(dense: false).Length, models.Lexical.Passage.FeatureCount);
        Assert.Equal(PassageFeatures.NamesFor(dense: true).Length, models.Dense.Passage.FeatureCount);
        Assert.InRange(models.Lexical.Threshold, 0.01f, 0.99f);
        Assert.Contains("test_articles", models.Provenance.Keys);
    }

    [Fact]
    public void ModelFile_RoundTrips_ByteForByte()
    {
        var first = Bytes(EvidenceModelFile.Embedded);
        var again = Bytes(EvidenceModelFile.Read(new MemoryStream(first)));

        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# README\nnot json")]
    [InlineData("{\"Format\":\"chatbot-evidence-models/1\",\"Passage\":null}")]
    [InlineData("{\"Format\":\"chatbot-evidence-models/2\"}")]
    public void AnythingButAModelFileOfThisFormat_IsRefusedWithAOneLineReason(string content)
    {
        var error = Assert.Throws<InvalidDataException>(() => EvidenceModelFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(content))));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ModelsFromAFile_AreNamedByTheirContent_SoCachedAnswersOfOtherModelsAreNeverServed()
    {
        var path = Path.Combine(directory, "models.json");
        File.WriteAllBytes(path, Bytes(EvidenceModelFile.Embedded));
        var loaded = EvidenceModelFile.Load(path);

        Assert.StartsWith("file:", loaded.Source, StringComparison.Ordinal);
        Assert.Equal(loaded.Source, EvidenceModelFile.Load(path).Source);
        File.WriteAllBytes(path, Bytes(EvidenceModelFile.Embedded with { Provenance = new Dictionary<string, string> { ["note"] = "retrained" } }));
        Assert.NotEqual(loaded.Source, EvidenceModelFile.Load(path).Source);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static byte[] Bytes(EvidenceModelSet models)
    {
        using var stream = new MemoryStream();
        EvidenceModelFile.Write(stream, models);
        return stream.ToArray();
    }
}
