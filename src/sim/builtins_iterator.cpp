// %IteratorPrototype%, the array/map/set/string iterators (#sec-%arrayiteratorprototype%-object,
// #sec-%mapiteratorprototype%-object, #sec-%setiteratorprototype%-object,
// #sec-%stringiteratorprototype%-object) and the generator prototypes
// (#sec-properties-of-generator-prototype).
#include "sim/activation.h"
#include "sim/builtins.h"
#include "sim/strings.h"

namespace desugar::sim {

namespace {

enum Source { kArray = 0, kMap = 1, kSet = 2, kString = 3 };

BuiltinIterator* this_iterator(Interp& in, Value v, int source, const char* what) {
  if (!v.is_object() || v.obj()->cls != Class::BuiltinIterator ||
      static_cast<BuiltinIterator*>(v.obj())->kind / 10 != source) {
    in.throw_type_error(std::string("Method ") + what + " called on incompatible receiver", false);
  }
  return static_cast<BuiltinIterator*>(v.obj());
}

Value iterator_self(Interp&, NativeFunction&, NativeArgs& a) { return a.this_value; }

Value array_iterator_next(Interp& in, NativeFunction&, NativeArgs& a) {
  BuiltinIterator* it = this_iterator(in, a.this_value, kArray, "Array Iterator.prototype.next");
  if (it->done) return in.CreateIteratorResultObject(Value::undefined(), true);
  Object* arr = it->target.obj();
  std::int64_t len = in.LengthOfArrayLike(arr);
  if (it->index >= len) {
    it->done = true;
    it->target = Value::undefined();
    return in.CreateIteratorResultObject(Value::undefined(), true);
  }
  std::uint32_t i = it->index++;
  int kind = it->kind % 10;
  if (kind == kIterKeys) return in.CreateIteratorResultObject(Value::number(i), false);
  Value v = arr->cls == Class::Array ? in.array_get(static_cast<ArrayObj*>(arr), i)
                                     : in.get(arr, in.key_from_index(i));
  if (kind == kIterValues) return in.CreateIteratorResultObject(v, false);
  ArrayObj* pair = in.new_array(0);
  pair->elements = {Value::number(i), v};
  return in.CreateIteratorResultObject(Value::object(pair), false);
}

Value collection_iterator_next(Interp& in, Value self, int source) {
  BuiltinIterator* it =
      this_iterator(in, self, source,
                    source == kMap ? "Map Iterator.prototype.next" : "Set Iterator.prototype.next");
  if (it->done) return in.CreateIteratorResultObject(Value::undefined(), true);
  auto* m = static_cast<MapObj*>(it->target.obj());
  while (it->index < m->entries.size() && m->entries[it->index].deleted) ++it->index;
  if (it->index >= m->entries.size()) {
    it->done = true;
    it->target = Value::undefined();
    return in.CreateIteratorResultObject(Value::undefined(), true);
  }
  const MapObj::Entry& e = m->entries[it->index++];
  int kind = it->kind % 10;
  if (kind == kIterKeys) return in.CreateIteratorResultObject(e.key, false);
  if (kind == kIterValues)
    return in.CreateIteratorResultObject(source == kSet ? e.key : e.value, false);
  ArrayObj* pair = in.new_array(0);
  pair->elements = {e.key, source == kSet ? e.key : e.value};
  return in.CreateIteratorResultObject(Value::object(pair), false);
}

Value map_iterator_next(Interp& in, NativeFunction&, NativeArgs& a) {
  return collection_iterator_next(in, a.this_value, kMap);
}
Value set_iterator_next(Interp& in, NativeFunction&, NativeArgs& a) {
  return collection_iterator_next(in, a.this_value, kSet);
}

Value string_iterator_next(Interp& in, NativeFunction&, NativeArgs& a) {
  BuiltinIterator* it = this_iterator(in, a.this_value, kString, "String Iterator.prototype.next");
  if (it->done) return in.CreateIteratorResultObject(Value::undefined(), true);
  const std::string& s = it->target.str()->data;
  if (it->index >= s.size()) {
    it->done = true;
    return in.CreateIteratorResultObject(Value::undefined(), true);
  }
  // One code point (index is a byte offset into the WTF-8 text).
  auto c = static_cast<unsigned char>(s[it->index]);
  std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  std::string cp = s.substr(it->index, len);
  it->index += static_cast<std::uint32_t>(len);
  return in.CreateIteratorResultObject(in.string_value(cp), false);
}

// %GeneratorPrototype%.next / return / throw (#sec-generator.prototype.next).
Value generator_next(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.GeneratorResume(a.this_value, a.arg(0), static_cast<int>(ResumeMode::Next), "next");
}
Value generator_return(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.GeneratorResume(a.this_value, a.arg(0), static_cast<int>(ResumeMode::Return), "return");
}
Value generator_throw(Interp& in, NativeFunction&, NativeArgs& a) {
  return in.GeneratorResume(a.this_value, a.arg(0), static_cast<int>(ResumeMode::Throw), "throw");
}

Value generator_function_ctor(Interp& in, NativeFunction&, NativeArgs&) {
  in.refuse("creating functions from strings is not modelled");
}

}  // namespace

Object* make_array_iterator(Interp& in, Value target, int kind) {
  return in.create_builtin_iterator(in.r.array_iterator_proto, target, kArray * 10 + kind);
}
Object* make_map_iterator(Interp& in, Value target, int kind) {
  return in.create_builtin_iterator(in.r.map_iterator_proto, target, kMap * 10 + kind);
}
Object* make_set_iterator(Interp& in, Value target, int kind) {
  return in.create_builtin_iterator(in.r.set_iterator_proto, target, kSet * 10 + kind);
}
Object* make_string_iterator(Interp& in, Value target) {
  return in.create_builtin_iterator(in.r.string_iterator_proto, target, kString * 10 + kIterValues);
}

void init_iterator_builtins(Interp& in) {
  Object* ip = in.new_object();
  in.r.iterator_proto = ip;
  in.add_method(ip, in.r.sym_iterator, "[Symbol.iterator]", 0, iterator_self);
  Object* aip = in.new_object();
  in.r.async_iterator_proto = aip;
  in.add_method(aip, in.r.sym_async_iterator, "[Symbol.asyncIterator]", 0, iterator_self);

  auto make_proto = [&](const char* tag, NativeFn next) {
    Object* p = in.new_object(ip);
    in.add_method(p, "next", 0, next);
    p->put(in.r.sym_to_string_tag, in.atom_value(tag), attr::Configurable);
    return p;
  };
  in.r.array_iterator_proto = make_proto("Array Iterator", array_iterator_next);
  in.array_iterator_next =
      static_cast<NativeFunction*>(in.r.array_iterator_proto->find(in.n.next)->value.obj());
  in.r.map_iterator_proto = make_proto("Map Iterator", map_iterator_next);
  in.r.set_iterator_proto = make_proto("Set Iterator", set_iterator_next);
  in.r.string_iterator_proto = make_proto("String Iterator", string_iterator_next);
}

void init_generator_builtins(Interp& in) {
  Object* fp = in.r.function_proto;
  // %GeneratorFunction.prototype% and %GeneratorPrototype%.
  Object* gfp = in.new_object(fp);
  Object* gp = in.new_object(in.r.iterator_proto);
  in.r.generator_function_proto = gfp;
  in.r.generator_proto = gp;
  gfp->put(in.n.prototype, Value::object(gp), attr::Configurable);
  gfp->put(in.r.sym_to_string_tag, in.atom_value("GeneratorFunction"), attr::Configurable);
  gp->put(in.n.constructor, Value::object(gfp), attr::Configurable);
  gp->put(in.r.sym_to_string_tag, in.atom_value("Generator"), attr::Configurable);
  in.add_method(gp, "next", 1, generator_next);
  in.add_method(gp, "return", 1, generator_return);
  in.add_method(gp, "throw", 1, generator_throw);
  NativeFunction* gf =
      in.make_native("GeneratorFunction", 1, generator_function_ctor, in.r.function_ctor);
  gf->put(in.n.prototype, Value::object(gfp), 0);
  gfp->put(in.n.constructor, Value::object(gf), attr::Configurable);

  // %AsyncFunction.prototype%.
  Object* afp = in.new_object(fp);
  in.r.async_function_proto = afp;
  afp->put(in.r.sym_to_string_tag, in.atom_value("AsyncFunction"), attr::Configurable);
  NativeFunction* af =
      in.make_native("AsyncFunction", 1, generator_function_ctor, in.r.function_ctor);
  af->put(in.n.prototype, Value::object(afp), 0);
  afp->put(in.n.constructor, Value::object(af), attr::Configurable);

  // %AsyncGeneratorFunction.prototype% and %AsyncGeneratorPrototype%.
  Object* agfp = in.new_object(fp);
  Object* agp = in.new_object(in.r.async_iterator_proto);
  in.r.async_generator_function_proto = agfp;
  in.r.async_generator_proto = agp;
  agfp->put(in.n.prototype, Value::object(agp), attr::Configurable);
  agfp->put(in.r.sym_to_string_tag, in.atom_value("AsyncGeneratorFunction"), attr::Configurable);
  agp->put(in.n.constructor, Value::object(agfp), attr::Configurable);
  agp->put(in.r.sym_to_string_tag, in.atom_value("AsyncGenerator"), attr::Configurable);
  init_async_generator_builtins(in);
}

}  // namespace desugar::sim
