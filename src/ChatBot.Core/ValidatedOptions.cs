using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Core;

/// <summary>
/// The one way options are checked: each options class has a validator (<see cref="IValidateOptions{TOptions}"/>)
/// whose messages name the key to fix and, where it helps, the value found; the host runs them all at start-up and
/// reports every failure in one line. Binding to configuration is the host's (it owns configuration).
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services.AddOptions<TOptions>().ValidateOnStart();
    }

    /// <summary>Success, or every failure found.</summary>
    public static ValidateOptionsResult Result(IEnumerable<string> failures) =>
        failures.ToList() is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
}
