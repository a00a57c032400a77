using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Study;

/// <summary>The bundled corpus with one sentence rewritten, indexed: what a corpus change looks like to fact cards.</summary>
internal static class ChangedCorpus
{
    public static CorpusIndex Without(string sentence, string replacement = "This sentence was revised by the publisher.")
    {
        var directory = Directory.CreateTempSubdirectory("chatbot-corpus-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(directory, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, File.ReadAllText(file).Replace(sentence, replacement, StringComparison.Ordinal));
            }

            return TestCorpus.Build(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
