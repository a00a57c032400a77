using ChatBot.Discord;
using ChatBot.Host.Hosting;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Composition;

/// <summary>`chatbot serve`: the ASP.NET Core host with health endpoints and the configured chat adapters.</summary>
internal static class WebHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddChatBotCore();
        builder.Services.AddLiteDbStorage();
        builder.Services.AddHostedService<IndexWarmup>();
        builder.Services.AddDiscordAdapter(builder.Configuration);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapDiscordEndpoints();
        await app.RunAsync();
        return 0;
    }
}
