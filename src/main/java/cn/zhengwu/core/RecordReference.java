package cn.zhengwu.core;

/**
 * A record of some module, named without depending on that module: {@code documents/document/…},
 * {@code matters/instruction/…}. Clocks, to-dos and matters point at records this way.
 *
 * @param module the owning module's name
 * @param type the kind of record within the module
 * @param id the record's identifier
 */
public record RecordReference(String module, String type, String id) {

    public RecordReference {
        if (module.isBlank() || type.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("A record reference names a module, a type and an id");
        }
    }

    /** Reads {@code module/type/id}, as {@link #toString()} writes it. */
    public static RecordReference parse(String text) {
        String[] parts = text.split("/", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a record reference: " + text);
        }
        return new RecordReference(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return module + "/" + type + "/" + id;
    }
}
