using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// Card forms waiting to be opened again, in memory for a day (bounded). Only their owner may open them. They
/// hold unsaved text, which the reply that offers them also names, so a restart loses nothing that was saved.
/// </summary>
public sealed class PendingForms(TimeProvider time)
{
    private const int Capacity = 1000;
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, PendingForm> forms = new(StringComparer.Ordinal);

    public string Save(string ownerId, string? slug, int expectedVersion, IReadOnlyDictionary<string, string> values)
    {
        var now = time.GetUtcNow();
        if (forms.Count >= Capacity)
        {
            foreach (var (key, form) in forms.Where(f => f.Value.ExpiresAt <= now).ToList())
            {
                forms.TryRemove(key, out _);
            }

            foreach (var key in forms.OrderBy(f => f.Value.ExpiresAt).Take(forms.Count - Capacity + 1).Select(f => f.Key).ToList())
            {
                forms.TryRemove(key, out _);
            }
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        forms[id] = new PendingForm(id, ownerId, slug, expectedVersion, new Dictionary<string, string>(values, StringComparer.Ordinal), now + KeepFor);
        return id;
    }

    /// <summary>The form if it exists, has not expired and belongs to <paramref name="ownerId"/>.</summary>
    public PendingForm? Get(string id, string ownerId) =>
        forms.TryGetValue(id, out var form) && form.OwnerId == ownerId && form.ExpiresAt > time.GetUtcNow() ? form : null;
}
