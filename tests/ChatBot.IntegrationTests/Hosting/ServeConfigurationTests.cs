using ChatBot.Host.Composition;

namespace ChatBot.IntegrationTests.Hosting;

public sealed class ServeConfigurationTests : IDisposable
{
    private readonly DirectoryInfo executableFolder = Directory.CreateTempSubdirectory("chatbot-exe-");

    public void Dispose() => executableFolder.Delete(recursive: true);

    [Fact]
    public void Serve_ReadsTheAppsettingsNextToTheExecutable_WhateverTheWorkingFolder_AndTheCommandLineStillWins()
    {
        File.WriteAllText(Path.Combine(executableFolder.FullName, "appsettings.json"), """
            {
              "Logging": { "LogLevel": { "ChatBot.Probe": "Error" } },
              "ChatBot": { "ProbeFromExecutableFolder": "yes", "ProbeOverridden": "executable folder" }
            }
            """);

        var configuration = ServeConfiguration.CreateBuilder(["--ChatBot:ProbeOverridden=command line"], executableFolder.FullName).Configuration;

        Assert.Equal("yes", configuration["ChatBot:ProbeFromExecutableFolder"]);
        Assert.Equal("command line", configuration["ChatBot:ProbeOverridden"]);
        Assert.Equal("Error", configuration["Logging:LogLevel:ChatBot.Probe"]);
    }

    [Fact]
    public void Serve_WithoutAnyAppsettings_KeepsHttpClientPollyAndFrameworkDetailAtWarning()
    {
        var configuration = ServeConfiguration.CreateBuilder([], executableFolder.FullName).Configuration;

        Assert.Equal("Warning", configuration["Logging:LogLevel:System.Net.Http.HttpClient"]);
        Assert.Equal("Warning", configuration["Logging:LogLevel:Polly"]);
        Assert.Equal("Warning", configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal("true", configuration["Logging:Console:FormatterOptions:SingleLine"]);
    }
}
