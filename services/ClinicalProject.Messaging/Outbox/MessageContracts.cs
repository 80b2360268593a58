using System.Collections.Concurrent;
using System.Reflection;
using ClinicalProject.Contracts;

namespace ClinicalProject.Messaging.Outbox;

/// <summary>
/// Outbox rows name their message by its <see cref="ContractNameAttribute"/>, never by a CLR type name, so renaming
/// or moving an event's record can never strand unsent rows. Names resolve to the loaded type that carries them;
/// rows written before contract names (a CLR type name, with its assembly after a comma) still resolve as before.
/// </summary>
public static class MessageContracts
{
    private static readonly ConcurrentDictionary<string, Type> Known = new(StringComparer.Ordinal);
    private static readonly Lock Scanning = new();

    /// <summary>The contract name of <paramref name="type"/>; a type without one cannot go through the outbox.</summary>
    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.GetCustomAttribute<ContractNameAttribute>()?.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidOperationException(
                $"{type.FullName} has no [ContractName(\"…\")]: an event goes through the outbox under a stable contract name.");
        }

        Known.TryAdd(name, type);
        return name;
    }

    /// <summary>The type a stored name stands for (a contract name, or a legacy CLR type name).</summary>
    public static Type Resolve(string stored)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stored);
        if (stored.Contains(',', StringComparison.Ordinal))
        {
            return Type.GetType(stored, throwOnError: true)!;
        }

        if (Known.TryGetValue(stored, out var type))
        {
            return type;
        }

        lock (Scanning)
        {
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Prepend(typeof(ContractNameAttribute).Assembly))
            {
                foreach (var candidate in Types(assembly))
                {
                    if (candidate.GetCustomAttribute<ContractNameAttribute>() is { } contract
                        && Known.GetOrAdd(contract.Name, candidate) is var held && held != candidate)
                    {
                        throw new InvalidOperationException($"Contract name '{contract.Name}' is carried by both {held.FullName} and {candidate.FullName}.");
                    }
                }
            }
        }

        return Known.TryGetValue(stored, out type)
            ? type
            : throw new InvalidOperationException($"No loaded type carries the contract name '{stored}'.");
    }

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        if (assembly.IsDynamic)
        {
            return [];
        }

        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }
}
