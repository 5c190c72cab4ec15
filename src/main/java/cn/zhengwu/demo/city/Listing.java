package cn.zhengwu.demo.city;

/** A name with its numbers, as the office's phone directory lists it. */
record Listing(String name, String mobile, String phone) {
}
