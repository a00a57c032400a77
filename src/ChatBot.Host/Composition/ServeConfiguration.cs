using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace ChatBot.Host.Composition;

/// <summary>
/// What `serve` reads first, so it behaves the same from any working folder: built-in defaults (framework, HTTP client
/// and Polly detail at Warning, one line per log entry), then appsettings.json next to the executable, as the CLI
/// does. The working folder's appsettings.json, user secrets, the environment and the command line override both.
/// </summary>
internal static class ServeConfiguration
{
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
        ["Logging:LogLevel:Microsoft.SemanticKernel"] = "Warning",

        // Its "Hosting failed to start" comes with a stack trace; WebHost reports start-up failures in one line instead.
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "Critical",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
        ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ ",
    };

    public static WebApplicationBuilder CreateBuilder(string[] args, string executableFolder)
    {
        var builder = WebApplication.CreateBuilder(args);
        var nextToExecutable = new JsonConfigurationSource { Path = Path.Combine(executableFolder, "appsettings.json"), Optional = true };
        nextToExecutable.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        builder.Configuration.Sources.Insert(1, nextToExecutable);
        return builder;
    }
}
