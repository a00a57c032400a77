using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// The Dockerfile restores from the project files alone (so code changes keep the package layer): every project the
/// host needs must be copied before <c>dotnet restore</c>, or the image does not build. Nothing on this machine runs
/// Docker, so the rule is checked here, against the project graph.
/// </summary>
public sealed partial class DockerfileTests
{
    [Fact]
    public void RestoreLayer_CopiesEveryProjectTheHostReferences()
    {
        var copied = CopiedProjects(File.ReadAllText(EvaluationSet.RepositoryPath("Dockerfile")));
        var needed = ProjectClosure(EvaluationSet.RepositoryPath("src", "ChatBot.Host", "ChatBot.Host.csproj"));

        Assert.Empty(needed.Except(copied, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        Assert.Contains("src/ChatBot.Host/ChatBot.Host.csproj", copied);
    }

    [Fact]
    public void ProjectClosure_FollowsReferencesTransitively()
    {
        var closure = ProjectClosure(EvaluationSet.RepositoryPath("src", "ChatBot.Host", "ChatBot.Host.csproj"));

        // Core is reached directly and through every adapter; Ingest only by the host itself.
        Assert.Contains("src/ChatBot.Core/ChatBot.Core.csproj", closure);
        Assert.Contains("src/ChatBot.Ingest/ChatBot.Ingest.csproj", closure);
        Assert.DoesNotContain(closure, p => p.StartsWith("tests/", StringComparison.Ordinal));
    }

    private static HashSet<string> CopiedProjects(string dockerfile) =>
        [.. CopyProject().Matches(dockerfile).Select(m => m.Groups["path"].Value)];

    private static HashSet<string> ProjectClosure(string root)
    {
        var repository = EvaluationSet.RepositoryPath();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(root)]);
        while (pending.TryPop(out var project))
        {
            if (!seen.Add(Path.GetRelativePath(repository, project).Replace('\\', '/')))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include)));
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^COPY\s+(?<path>src/[^\s]+\.csproj)\s", RegexOptions.Multiline)]
    private static partial Regex CopyProject();
}
