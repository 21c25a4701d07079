package org.clustermodels.knime.standin;

import java.util.ArrayList;
import java.util.List;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The bytecode rules of the stand-in: no compile-time constant (javac would copy its value into the glue), every
 * method and constructor body (except javac's bridges, which call one) throws
 * {@code UnsupportedOperationException("stand-in")} and never returns, and a
 * static initialiser starts by calling one of the class's own (throwing) methods, so using a stand-in at run time
 * fails at once.
 */
final class StandinRules {
  private static final String UOE = "java/lang/UnsupportedOperationException";

  private StandinRules() {
  }

  /**
   * @param cn a class
   * @return one line per broken rule, naming the member
   */
  static List<String> violations(ClassNode cn) {
    List<String> out = new ArrayList<>();
    for (FieldNode f : cn.fields) {
      if (f.value != null) {
        out.add(cn.name + "." + f.name + " is a compile-time constant (" + f.value + ")");
      }
    }
    for (MethodNode m : cn.methods) {
      if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
        continue;
      }
      if ((m.access & Opcodes.ACC_BRIDGE) != 0) {
        // javac's bridge for a covariant or generic override: it only calls the checked, throwing method
        continue;
      }
      String what = cn.name + "." + m.name + m.desc;
      if (m.name.equals("<clinit>")) {
        AbstractInsnNode first = firstInstruction(m);
        if (!(first instanceof MethodInsnNode) || first.getOpcode() != Opcodes.INVOKESTATIC
            || !((MethodInsnNode) first).owner.equals(cn.name)) {
          out.add(what + " does not start by calling a throwing method of its own class");
        }
        continue;
      }
      if (!throwsStandIn(m)) {
        out.add(what + " does not throw UnsupportedOperationException(\"stand-in\")");
      }
      if (returns(m)) {
        out.add(what + " has a return instruction");
      }
    }
    return out;
  }

  private static AbstractInsnNode firstInstruction(MethodNode m) {
    for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      if (i.getOpcode() >= 0) {
        return i;
      }
    }
    return null;
  }

  private static boolean throwsStandIn(MethodNode m) {
    boolean created = false;
    boolean message = false;
    boolean thrown = false;
    for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      if (i instanceof TypeInsnNode && i.getOpcode() == Opcodes.NEW && ((TypeInsnNode) i).desc.equals(UOE)) {
        created = true;
      } else if (created && i instanceof LdcInsnNode && "stand-in".equals(((LdcInsnNode) i).cst)) {
        message = true;
      } else if (message && i.getOpcode() == Opcodes.ATHROW) {
        thrown = true;
      }
    }
    return thrown;
  }

  private static boolean returns(MethodNode m) {
    for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      int op = i.getOpcode();
      if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
        return true;
      }
    }
    return false;
  }
}
