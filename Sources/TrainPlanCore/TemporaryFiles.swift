import Foundation
import Synchronization

/// Temporary files being written right now, so that a signal handler can remove
/// them before the process ends (a run stopped by Ctrl-C, `timeout` or a service
/// stop must not leave `.plan.json.…tmp` behind).
///
/// A signal handler may only call async-signal-safe functions: no locks, no
/// allocation. So the paths live in a fixed set of preallocated C buffers, each
/// guarded by an atomic state, and ``removeAll()`` only reads states and calls
/// unlink(2).
public enum TemporaryFiles {
    /// How many temporaries can be registered at once (writers register one each).
    public static let capacity = 32

    /// Registers `path`; returns the slot to pass to ``unregister(_:)``, or nil when
    /// every slot is taken or the path is too long (the file is then just not
    /// removed by a signal, as before).
    public static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < Slot.size, !bytes.contains(0) else { return nil }
        for (index, slot) in slots.enumerated() {
            guard slot.state.compareExchange(expected: Slot.free, desired: Slot.filling, ordering: .acquiring).exchanged
            else { continue }
            bytes.withUnsafeBufferPointer { source in
                for (k, byte) in source.enumerated() { slot.buffer[k] = CChar(bitPattern: byte) }
            }
            slot.buffer[bytes.count] = 0
            slot.state.store(Slot.ready, ordering: .releasing)
            return index
        }
        return nil
    }

    /// Forgets a slot from ``register(_:)`` (the temporary was renamed or removed).
    public static func unregister(_ slot: Int?) {
        guard let slot, slots.indices.contains(slot) else { return }
        slots[slot].state.store(Slot.free, ordering: .releasing)
    }

    /// Removes every registered temporary. Async-signal-safe: call it from a signal handler.
    public static func removeAll() { removeAll(under: nil) }

    /// Removes the registered temporaries whose path starts with `prefix` (all of them when
    /// nil): a test removes its own without touching files other tests are writing meanwhile.
    public static func removeAll(under prefix: UnsafePointer<CChar>?) {
        // An index loop, not `for slot in slots`: the iterator's generic metadata is made on first
        // use, which allocates, and a signal that interrupts malloc then deadlocks in the handler
        // (seen: a SIGTERM during `sourcing` hung for minutes). ``prepare()`` runs this once too.
        var index = 0
        while index < capacity {
            let slot = slots[index]
            index += 1
            guard slot.state.load(ordering: .acquiring) == Slot.ready else { continue }
            if let prefix, !starts(slot.buffer, with: prefix) { continue }
            unlink(slot.buffer)
        }
    }

    /// A byte loop rather than strncmp, to stay plainly async-signal-safe.
    private static func starts(_ text: UnsafePointer<CChar>, with prefix: UnsafePointer<CChar>) -> Bool {
        var k = 0
        while prefix[k] != 0 {
            if text[k] != prefix[k] { return false }
            k += 1
        }
        return true
    }

    /// Allocates the slots now, so a signal handler never runs Swift's lazy global
    /// initialisation (which may allocate). Call before installing handlers.
    public static func prepare() {
        _ = slots.count
        // A dry run (the prefix matches no path), so whatever ``removeAll(under:)`` needs is made now.
        nothing.withUnsafeBufferPointer { removeAll(under: $0.baseAddress) }
    }

    private static let nothing: [CChar] = [1, 0]

    /// The paths registered now (for tests).
    public static var registered: [String] {
        slots.filter { $0.state.load(ordering: .acquiring) == Slot.ready }.map { String(cString: $0.buffer) }
    }

    private static let slots: [Slot] = (0..<capacity).map { _ in Slot() }

    /// One preallocated path buffer. Never freed: the slots live as long as the process.
    private final class Slot: @unchecked Sendable {
        // @unchecked: `buffer` is written only by the thread that won `state` (free → filling)
        // and read only while `state` is ready, published with release/acquire ordering.
        static let free = 0, filling = 1, ready = 2
        static let size = Int(PATH_MAX) + 1
        let state = Atomic<Int>(0)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
    }
}
