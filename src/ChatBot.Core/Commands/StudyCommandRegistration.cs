using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Commands.Quiz;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Quiz;
using ChatBot.Core.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core.Commands;

/// <summary>
/// Registers fact cards (with the moderator policy and audit), quizzes and reading lists: their options
/// (<c>ChatBot:Moderation</c>, <c>ChatBot:Quiz</c>), services and command handlers. Their stores come from
/// the LiteDB adapter.
/// </summary>
internal static class StudyCommandRegistration
{
    public static IServiceCollection AddStudyCommands(this IServiceCollection services)
    {
        services.AddValidatedOptions<ModerationOptions, ModerationOptionsValidator>();
        services.AddValidatedOptions<QuizOptions, QuizOptionsValidator>();
        services.TryAddSingleton(sp => new ModeratorPolicy(sp.GetRequiredService<IOptions<ModerationOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<QuizOptions>>().Value);
        services.TryAddSingleton<ModerationAudit>();

        services.TryAddSingleton<FactCardService>();
        services.TryAddSingleton<FactCardImporter>();
        services.TryAddSingleton<FactCardReviewer>();
        services.TryAddSingleton<FactCardDrafter>();
        services.TryAddSingleton<FactCardLookup>();
        services.TryAddSingleton<FactCardModeration>();
        services.TryAddSingleton<FactCardSubmissions>();
        services.TryAddSingleton<PendingForms>();
        services.AddSingleton<ICommandHandler, FactCardCommandHandler>();
        services.AddSingleton<IComponentHandler, FactCardComponentHandler>();

        services.TryAddSingleton<QuizGenerator>();
        services.TryAddSingleton<QuizRandom>();
        services.AddSingleton<ICommandHandler, QuizCommandHandler>();
        services.AddSingleton<IComponentHandler, QuizComponentHandler>();

        services.TryAddSingleton<ReadingListBuilder>();
        services.AddSingleton<ICommandHandler, ReadingCommandHandler>();
        return services;
    }
}
