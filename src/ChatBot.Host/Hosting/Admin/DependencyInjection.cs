namespace ChatBot.Host.Hosting.Admin;

/// <summary>Registers the admin endpoint `serve` offers `chatbot factcards` (section <c>ChatBot:Admin</c>).</summary>
internal static class DependencyInjection
{
    public static IServiceCollection AddAdminEndpoint(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddSingleton<AdminEndpoint>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminEndpoint>());
        return services;
    }
}
