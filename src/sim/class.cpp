// ClassDefinitionEvaluation (#sec-runtime-semantics-classdefinitionevaluation) and
// InitializeInstanceElements (#sec-initializeinstanceelements).
#include <algorithm>

#include "sim/builtins.h"

namespace desugar::sim {

namespace {

struct EnvGuard {
  EnvGuard(Frame& f, Env* e) : frame(f), saved(f.env) { f.env = e; }
  ~EnvGuard() { frame.env = saved; }
  Frame& frame;
  Env* saved;
};

Value key_value(Key k) { return key_to_value(k); }

}  // namespace

Value Interp::ClassDefinitionEvaluation(const ClassCode* cls, Frame& f, Str* inferred_name) {
  Env* outer = f.env;
  Env* class_env = cls->scope->slots > 0 ? new_env(outer, cls->scope) : outer;
  for (const auto& [slot, name] : cls->private_names) {
    Symbol* s = new_symbol(Value::string(name));
    s->is_private = true;
    class_env->slots()[slot] = Value::symbol(s);
  }
  EnvGuard guard(f, class_env);
  // 8. Heritage.
  Object* proto_parent = r.object_proto;
  Object* ctor_parent = r.function_proto;
  if (cls->heritage != nullptr) {
    Value superclass = eval(cls->heritage, f);
    pos = cls->heritage->pos;
    if (superclass.is_null()) {
      proto_parent = nullptr;
    } else if (!IsConstructor(superclass)) {
      throw_type_error(
          "Class extends value " +
              (superclass.is_object() ? std::string("#<Object>") : to_std_string(superclass)) +
              " is not a constructor or null",
          !superclass.is_object());
    } else {
      Value pp = get(superclass.obj(), n.prototype);
      if (!pp.is_object() && !pp.is_null()) {
        throw_type_error("Class extends value does not have valid prototype property " +
                         to_std_string(pp));
      }
      proto_parent = pp.is_null() ? nullptr : pp.obj();
      ctor_parent = superclass.obj();
    }
  }
  Object* proto = heap.make<Object>(proto_parent);
  Value keep_proto = Value::object(proto);
  const FunctionCode* ctor_code = cls->constructor;
  if (ctor_code == nullptr) ctor_code = cls->heritage ? &default_derived_ctor : &default_base_ctor;
  auto* F = heap.make<UserFunction>(ctor_parent, ctor_code, class_env);
  Value keep_f = Value::object(F);
  F->is_class_constructor = true;
  F->is_constructor = true;
  F->home = proto;
  F->class_code = cls;
  F->add(n.length, Value::number(ctor_code->length), attr::Configurable);
  Str* name = cls->name ? cls->name : inferred_name;
  F->add(n.name, Value::string(name ? name : n.empty), attr::Configurable);
  F->add(n.prototype, keep_proto, 0);
  proto->add(n.constructor, keep_f, attr::Hidden);

  struct StaticElement {
    const ClassMember* member;
    Key key;
    Value fn;
  };
  std::vector<StaticElement> statics;
  // Keeps the static initializers reachable from this native frame (it may suspend at an await
  // in a computed key).
  ValueList* volatile keep_statics = heap.make<ValueList>();

  for (const ClassMember& m : cls->members) {
    Object* target = m.is_static ? static_cast<Object*>(F) : proto;
    Key key = nullptr;
    if (m.kind != MemberKind::StaticBlock) {
      if (m.is_private) {
        key = local(m.private_ref, f).symbol_value();
      } else if (m.computed_key != nullptr) {
        key = ToPropertyKey(eval(m.computed_key, f));
      } else {
        key = m.key;
      }
    }
    switch (m.kind) {
      case MemberKind::Method:
      case MemberKind::Getter:
      case MemberKind::Setter: {
        UserFunction* fn = make_closure(m.fn, class_env, target);
        const char* prefix = m.kind == MemberKind::Getter   ? "get"
                             : m.kind == MemberKind::Setter ? "set"
                                                            : "";
        SetFunctionName(fn, key_value(key), prefix);
        if (m.is_private && !m.is_static) {
          // Instance private methods and accessors are added to each instance at construction.
          FieldRecord* rec = nullptr;
          for (FieldRecord& fr : F->fields()) {
            if (fr.key == key && fr.kind != FieldRecord::Field) rec = &fr;
          }
          if (rec == nullptr) {
            F->fields().push_back(FieldRecord{});
            rec = &F->fields().back();
            rec->key = key;
            rec->pos = m.pos;
          }
          if (m.kind == MemberKind::Method) {
            rec->kind = FieldRecord::PrivateMethod;
            rec->initializer = Value::object(fn);
          } else {
            rec->kind = FieldRecord::PrivateAccessor;
            (m.kind == MemberKind::Getter ? rec->getter : rec->setter) = Value::object(fn);
          }
          break;
        }
        if (m.kind == MemberKind::Method) {
          std::uint8_t attrs = m.is_private ? 0 : attr::Hidden;
          PropertyDescriptor d = PropertyDescriptor::data(Value::object(fn), attrs);
          DefinePropertyOrThrow(target, key, d);
        } else {
          PropertyDescriptor d;
          if (m.kind == MemberKind::Getter) {
            d.has_get = true;
            d.get = Value::object(fn);
          } else {
            d.has_set = true;
            d.set = Value::object(fn);
          }
          d.has_enumerable = true;
          d.enumerable = false;
          d.has_configurable = true;
          d.configurable = !m.is_private;
          DefinePropertyOrThrow(target, key, d);
        }
        break;
      }
      case MemberKind::Field: {
        Value init;
        if (m.fn != nullptr) init = Value::object(make_closure(m.fn, class_env, target));
        if (m.is_static) {
          statics.push_back(StaticElement{&m, key, init});
          keep_statics->items.push_back(init);
        } else {
          FieldRecord rec;
          rec.key = key;
          rec.initializer = init;
          rec.kind = FieldRecord::Field;
          rec.pos = m.pos;
          F->fields().push_back(rec);
        }
        break;
      }
      case MemberKind::StaticBlock: {
        Value fn = Value::object(make_closure(m.fn, class_env, F));
        statics.push_back(StaticElement{&m, nullptr, fn});
        keep_statics->items.push_back(fn);
        break;
      }
    }
  }
  // Private methods go before fields in [[Fields]] order of installation.
  std::stable_partition(F->fields().begin(), F->fields().end(),
                        [](const FieldRecord& fr) { return fr.kind != FieldRecord::Field; });
  if (cls->has_name_binding) class_env->slots()[cls->name_slot] = keep_f;
  // Static fields and blocks, in order, with this = F.
  for (const StaticElement& s : statics) {
    if (s.member->kind == MemberKind::StaticBlock) {
      call(s.fn, keep_f, {});
      continue;
    }
    Value v = s.fn.is_undefined() ? Value::undefined() : call(s.fn, keep_f, {});
    if (s.key->cell_type == kCellSymbol && static_cast<Symbol*>(s.key)->is_private) {
      F->add(s.key, v, attr::Writable);
    } else {
      CreateDataPropertyOrThrow(F, s.key, v);
    }
  }
  return keep_f;
}

void Interp::InitializeInstanceElements(Object* o, UserFunction* ctor) {
  if (!ctor->has_fields()) return;
  for (const FieldRecord& fr : ctor->fields()) {
    if (fr.kind == FieldRecord::Field) continue;
    if (o->find(fr.key) != nullptr)
      throw_type_error("Cannot initialize private methods of class twice on the same object");
    if (fr.kind == FieldRecord::PrivateMethod) {
      o->add(fr.key, fr.initializer, 0);
    } else {
      Prop& p = o->add(fr.key, fr.getter, attr::Accessor);
      p.setter = fr.setter;
    }
  }
  Value keep = Value::object(o);
  for (std::size_t i = 0; i < ctor->fields().size(); ++i) {
    const FieldRecord fr = ctor->fields()[i];
    if (fr.kind != FieldRecord::Field) continue;
    Value v = fr.initializer.is_undefined() ? Value::undefined() : call(fr.initializer, keep, {});
    if (fr.key->cell_type == kCellSymbol && static_cast<Symbol*>(fr.key)->is_private) {
      if (o->find(fr.key) != nullptr) {
        throw_type_error("Cannot initialize " +
                         static_cast<Symbol*>(fr.key)->description.str()->data +
                         " twice on the same object");
      }
      o->add(fr.key, v, attr::Writable);
    } else {
      CreateDataPropertyOrThrow(o, fr.key, v);
    }
  }
}

}  // namespace desugar::sim
