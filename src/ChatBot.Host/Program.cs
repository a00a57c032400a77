using ChatBot.Host.Cli;
using ChatBot.Host.Composition;

// `chatbot serve` (or host arguments such as --urls) runs the web host; every other verb is a CLI command.
return EntryPoint.IsWebHost(args)
    ? await WebHost.RunAsync(EntryPoint.WebHostArguments(args))
    : await ChatBotCommandLine.RunAsync(args);

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
