using ChatBot.Core.Questions;

namespace ChatBot.MachineLearning;

/// <summary>
/// Reads the labelled questions: a tab-separated file with the header <c>label	split	question</c>. Parsed by hand rather
/// than by ML.NET's text loader so quotes and apostrophes in questions need no escaping and a bad row is reported by line.
/// </summary>
public static class QuestionDataset
{
    public const string Header = "label\tsplit\tquestion";

    public static async Task<IReadOnlyList<LabelledQuestion>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The question data file '{path}' does not exist.", path);
        }

        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(lines, path);
    }

    internal static IReadOnlyList<LabelledQuestion> Parse(IReadOnlyList<string> lines, string path)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != Header)
        {
            throw new InvalidDataException($"{path}: the first line must be the header '{Header.Replace('\t', '→')}' (tab-separated).");
        }

        var rows = new List<LabelledQuestion>(lines.Count - 1);
        for (var i = 1; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                rows.Add(ParseRow(lines[i], path, lineNumber: i + 1));
            }
        }

        return rows;
    }

    private static LabelledQuestion ParseRow(string line, string path, int lineNumber)
    {
        var fields = line.Split('\t', 3);
        if (fields.Length != 3 || string.IsNullOrWhiteSpace(fields[2]))
        {
            throw new InvalidDataException($"{path}({lineNumber}): expected label, split and question separated by tabs.");
        }

        if (!Enum.TryParse<QuestionKind>(fields[0], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            throw new InvalidDataException($"{path}({lineNumber}): '{fields[0]}' is not a question kind ({string.Join(", ", Enum.GetNames<QuestionKind>())}).");
        }

        var split = fields[1] switch
        {
            "train" => DatasetSplit.Train,
            "test" => DatasetSplit.Test,
            "blind" => DatasetSplit.Blind,
            _ => throw new InvalidDataException($"{path}({lineNumber}): split must be 'train', 'test' or 'blind', not '{fields[1]}'."),
        };
        return new LabelledQuestion(kind, split, fields[2].Trim());
    }
}
