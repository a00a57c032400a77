using System.Collections;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A read-only list whose count is known up front and whose items are made on first use (once, thread-safely): the
/// parts of a snapshot a start-up does not need are decoded when something reads them.
/// </summary>
internal sealed class LazyList<T>(int count, Func<IReadOnlyList<T>> make) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> items = new(make, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => count;

    public T this[int index] => items.Value[index];

    /// <summary>The decoded list (decoding it now if it is not yet), for readers that know its type.</summary>
    internal IReadOnlyList<T> Items => items.Value;

    public IEnumerator<T> GetEnumerator() => items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
