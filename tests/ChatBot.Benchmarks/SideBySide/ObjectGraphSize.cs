using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// The managed bytes an object graph holds, estimated from the objects' layouts (header, fields, array elements,
/// rounded to 8 bytes as the 64-bit runtime lays them out) by walking the references through reflection. An object
/// already counted is not counted again, so measuring the parts of a structure one after another splits it without
/// double counting: whatever is shared goes to the part measured first. Statics are not followed.
/// </summary>
internal sealed class ObjectGraphSize
{
    private static readonly ConcurrentDictionary<Type, TypeLayout> Layouts = new();

    private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Marks a graph as counted without reporting it (what existed before the thing measured, e.g. the analyzer).</summary>
    public void Exclude(object? root) => Measure(root);

    /// <summary>Bytes of the objects reachable from <paramref name="root"/> that were not counted before.</summary>
    public long Measure(object? root)
    {
        long total = 0;
        var pending = new Stack<object>();
        Push(root, pending);
        while (pending.TryPop(out var current))
        {
            total += SizeAndChildren(current, pending);
        }

        return total;
    }

    private void Push(object? value, Stack<object> pending)
    {
        if (value is null || value is MemberInfo || value is Pointer || value is Delegate { Target: null })
        {
            return;
        }

        if (seen.Add(value))
        {
            pending.Push(value);
        }
    }

    private long SizeAndChildren(object value, Stack<object> pending)
    {
        if (value is string text)
        {
            return Align(22 + 2L * text.Length);
        }

        if (value is Delegate function)
        {
            Push(function.Target, pending);
            return 64;
        }

        var type = value.GetType();
        if (value is Array array)
        {
            var element = type.GetElementType()!;
            var elementLayout = Layouts.GetOrAdd(element, TypeLayout.Of);
            if (elementLayout.HasReferences)
            {
                foreach (var item in array)
                {
                    if (element.IsValueType)
                    {
                        PushFields(item!, Layouts.GetOrAdd(element, TypeLayout.Of), pending);
                    }
                    else
                    {
                        Push(item, pending);
                    }
                }
            }

            return Align(24 + (long)array.Length * elementLayout.InlineSize);
        }

        var layout = Layouts.GetOrAdd(type, TypeLayout.Of);
        PushFields(value, layout, pending);
        return Math.Max(24, Align(16 + layout.FieldBytes));
    }

    private void PushFields(object value, TypeLayout layout, Stack<object> pending)
    {
        foreach (var field in layout.ReferenceFields)
        {
            var child = field.GetValue(value);
            if (child is not null && field.FieldType.IsValueType)
            {
                PushFields(child, Layouts.GetOrAdd(field.FieldType, TypeLayout.Of), pending);
            }
            else
            {
                Push(child, pending);
            }
        }
    }

    private static long Align(long bytes) => (bytes + 7) & ~7L;

    /// <summary>A type's inline size (a reference's 8 bytes for classes), its fields' bytes, and the fields to follow.</summary>
    private sealed record TypeLayout(int InlineSize, int FieldBytes, bool HasReferences, FieldInfo[] ReferenceFields)
    {
        public static TypeLayout Of(Type type)
        {
            var fields = AllInstanceFields(type).ToArray();
            var fieldBytes = fields.Sum(f => InlineSizeOf(f.FieldType));
            var followed = fields.Where(f => !f.FieldType.IsPointer && ContainsReferences(f.FieldType)).ToArray();
            return new TypeLayout(InlineSizeOf(type), fieldBytes, ContainsReferences(type), followed);
        }

        private static IEnumerable<FieldInfo> AllInstanceFields(Type type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    yield return field;
                }
            }
        }

        private static int InlineSizeOf(Type type) =>
            !type.IsValueType ? 8
            : type.IsPointer ? 8
            : (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;

        private static bool ContainsReferences(Type type) =>
            !type.IsPointer && (!type.IsValueType || (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!
                .MakeGenericMethod(type).Invoke(null, null)!);
    }
}
