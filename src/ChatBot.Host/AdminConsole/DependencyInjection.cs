using ChatBot.Core.Admin;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ChatBot.Host.AdminConsole;

/// <summary>
/// The moderator console (section <c>ChatBot:Admin</c>): Razor Pages under /admin behind a cookie session that a
/// one-time signed link starts, and the /admin chat command. Off unless <c>ChatBot:Admin:ConsoleEnabled</c>; the
/// /admin command then says so. With <c>ChatBot:Admin:Urls</c> the host also listens there and serves the console
/// only there.
/// </summary>
internal static class DependencyInjection
{
    public const string Policy = "moderator";

    public static WebApplicationBuilder AddAdminConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAdminConsoleCore();
        services.AddOptions<AdminConsoleOptions>().BindConfiguration(AdminConsoleOptions.Section);
        if (!Enabled(builder.Configuration))
        {
            return builder;
        }

        services.AddSingleton<AnswerTimings>();
        services.AddAuthentication().AddCookie(AdminSession.Scheme, ConfigureCookie);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(AdminSession.Scheme).RequireAuthenticatedUser());
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/AdminConsole/Pages";
            o.Conventions.AuthorizeFolder("/Admin", Policy);
            o.Conventions.AllowAnonymousToPage("/Admin/SignIn");
        });
        // The session cookie's path is /admin, and cookie paths are case-sensitive: generated links must be lower case.
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddAntiforgery(o => o.Cookie.Name = "chatbot-admin-antiforgery");
        var own = AdminConsoleUrls.Split(builder.Configuration["ChatBot:Admin:Urls"]);
        if (own.Count > 0)
        {
            var current = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
            builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.Join(';', [.. AdminConsoleUrls.Split(current is { Length: > 0 } ? current : "http://localhost:5000"), .. own]));
        }

        return builder;
    }

    public static WebApplication MapAdminConsole(this WebApplication app)
    {
        if (!Enabled(app.Configuration))
        {
            return app;
        }

        _ = app.Services.GetRequiredService<AnswerTimings>();
        app.Use(ConsoleHeaders.ApplyAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        var pages = app.MapRazorPages();
        var hosts = AdminConsoleUrls.Split(app.Configuration["ChatBot:Admin:Urls"]).Select(u => new Uri(u)).Select(u => $"{u.Host}:{u.Port}").ToArray();
        if (hosts.Length > 0)
        {
            pages.RequireHost(hosts);
        }

        return app;
    }

    private static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>("ChatBot:Admin:ConsoleEnabled");

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = AdminSession.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/admin";
        options.ExpireTimeSpan = AdminSession.Lifetime;
        options.SlidingExpiration = false;
        options.LoginPath = AdminLinks.SignInPath;
        options.AccessDeniedPath = AdminLinks.SignInPath;
        options.Events.OnValidatePrincipal = context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (ConsoleUser.Of(context.Principal!) is not { } user || !AdminSession.IsCurrent(user.SignedInAt, now))
            {
                context.RejectPrincipal();
            }

            return Task.CompletedTask;
        };
    }
}
