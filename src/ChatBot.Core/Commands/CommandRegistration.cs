using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;
using ChatBot.Core.Timeline.Pictures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core.Commands;

/// <summary>Registers the answer commands (/ask, /timeline, /sources, /help), their buttons, sharing and the dispatcher.</summary>
internal static class CommandRegistration
{
    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<IAnswerRecords, AnswerRecords>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.TryAddSingleton(sp => new TimelinePictures(sp.GetService<ITimelinePicture>()));
        services.AddSingleton<TimelineCommandHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<TimelineCommandHandler>());
        services.AddSingleton<IComponentHandler>(sp => sp.GetRequiredService<TimelineCommandHandler>());
        services.AddSingleton<ICommandHandler, SourcesCommandHandler>();
        services.TryAddSingleton(new HelpSettings());
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<IComponentHandler, QuotesComponentHandler>();
        services.AddSingleton<IComponentHandler, FeedbackComponentHandler>();
        services.AddSingleton<IComponentHandler, FeedbackReasonComponentHandler>();
        services.AddSingleton<IComponentHandler, AnswerTimelineComponentHandler>();
        services.TryAddSingleton<ISharedReplyStore, InMemorySharedReplyStore>();
        services.AddSingleton<ReplySharing>();
        services.AddSingleton<IComponentHandler, ShareComponentHandler>();
        // Without rate limits or turns (the host registers those) the gate still holds the adapters' allow-lists.
        services.TryAddSingleton<IRequestGate>(sp => new RequestGate(null, sp.GetService<TimeProvider>() ?? TimeProvider.System, allowLists: sp.GetServices<ChannelAllowList>()));
        services.TryAddSingleton<ICommandDispatcher>(sp => new CommandDispatcher(
            sp.GetServices<ICommandHandler>(),
            sp.GetServices<IComponentHandler>(),
            sp.GetRequiredService<IBotTelemetry>(),
            sp.GetService<IRequestGate>(),
            sp.GetRequiredService<ReplySharing>()));
        return services;
    }
}
